"""brinkwatch.analysis"""
