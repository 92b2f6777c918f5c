#!/bin/sh
# Regenerate the gold JSON and quantities.json from the annotation scripts, then verify.
cd "$(dirname "$0")" && python3 -c "exec(open('docs1.py').read()); exec(open('docs2.py').read()); exec(open('docs3.py').read()); print('problems:', PROBLEMS)" && python3 ../../verify_gold.py ..
