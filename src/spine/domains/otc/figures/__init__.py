"""The OTC figures: exact formulas in Python, each beside the SQL twin that computes it over many rows.

One module per figure: ``shares`` (market, trade and ATS shares, trade sizes), ``window`` (the rolling
window's weeks), ``trend`` (the window's trend and its base), ``rolling`` (a symbol's window figures),
``hhi`` (venue concentration).
"""
