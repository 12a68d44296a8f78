"""``spine serve``: the database in Datasette, read-only and described, with the report's questions."""
