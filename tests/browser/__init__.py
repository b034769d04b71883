"""Tests of the built role guide in a real browser."""
