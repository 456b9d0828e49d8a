"""brinkwatch.eval"""
