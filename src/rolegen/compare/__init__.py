"""Comparison of roles: the section-by-section engine, its renderings, the overlap measure, related roles and search."""
