"""The core: one gate between the capabilities (screens, commands, forms, sync) and the store.

Layers: domain ← store ← core ← forms/intake/reports/sync ← hub/ui/cli.
- workbench.py: `Workbench`, its typed commands and reads, worker connections;
- lookups.py: the Workbench's lists and names for screens (scoped), and settings;
- actor.py: `Actor`, who is working (built from the session by desktop/security/actor.py);
- changes.py: `Changes`, what a command wrote (carried by the UI's change signal).
"""
