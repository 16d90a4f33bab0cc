"""Prevention: see a dropout coming (seed §三.1, §四.2; DOMAIN.md "Prevention").

- register.py: the class absence register, follow-ups, escalation and proposals (疑似辍学);
- risk.py: children at risk with their reasons, risk facts, 帮扶 plans and their reviews;
- today.py: the register's and the plans' items for the Today page;
- stats.py: the monthly report's prevention figures;
- xlsx_import.py: a school's absence sheet kept in Excel.

Every write goes through a `Workbench` (desktop/core): its actor's right to write and scope are
checked here (the Workbench has no prevention commands), the role's table rules by the store's
permit hook, and each command writes in one transaction.
"""
