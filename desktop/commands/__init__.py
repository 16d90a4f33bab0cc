"""Small `kcbx` subcommands that belong to no single package (check-id, search)."""
