"""Print and export: the content as a paginated report (print, preview, PDF) and the
partner roster as CSV or JSON. Data goes in as plain text only, never as markup."""
