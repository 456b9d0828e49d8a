"""brinkwatch.sources"""
