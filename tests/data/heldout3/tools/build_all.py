"""Regenerate every gold JSON and quantities.json of this set: python3 tools/build_all.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_lib
import d01, d02, d03, d04, d05, d06, d07, d08  # noqa: each writes its file on import
gold_lib.write_quantities()
