"""Small reusable widgets (KPI cards, ...)."""
