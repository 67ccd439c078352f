#!/bin/sh
# No double or float may touch an amount in core/: every amount is Money (integer cents), every rate a
# VatRate (basis points). Fails on any code line (comments aside) of core/ that names a floating type
# together with a money word, and on any floating type at all in the booking library.
set -u
root=${1:-.}
code_lines() { grep -rnE "$1" "$2" --include='*.h' --include='*.cpp' | grep -vE '^[^:]+:[0-9]+: *(//|\*)'; }
status=0
hits=$(code_lines '\b(double|float|qreal)\b' "$root/core" | grep -iE 'amount|price|total|vat|money|cent|rate|discount|excl|incl')
if [ -n "$hits" ]; then
    echo "floating-point on money in core/:"
    echo "$hits"
    status=1
fi
for dir in money rules posting domain; do
    hits=$(code_lines '\b(double|float|qreal)\b' "$root/core/$dir")
    if [ -n "$hits" ]; then
        echo "floating-point in the booking library (core/$dir):"
        echo "$hits"
        status=1
    fi
done
[ $status -eq 0 ] && echo "no floating-point money in core/"
exit $status
