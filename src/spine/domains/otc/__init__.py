"""FINRA weekly OTC transparency data: ATS volumes per symbol and venue, by tier."""
