"""Security screens: sign-in (login.py), lock (lock.py), users and audit pages (pages.py),
backups (backups.py). Installed into the main window by desktop/ui/security_ui.py."""
