"""Everything the product shows a person or another program: terminal tables, CSV/JSON, run summaries."""
