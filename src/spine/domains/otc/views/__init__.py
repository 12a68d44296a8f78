"""The queries behind every look command and the report, one module per view, returning typed rows."""
