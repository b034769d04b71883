"""The knowledge base: the role and vocabulary files, their model, loading, checks and plain renderings."""
