"""Small `kcbx` subcommands that belong to no single package: they use several (check-id,
search, case, compare, check)."""
