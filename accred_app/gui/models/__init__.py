"""Qt item models over the core's query results (plain dataclasses, never ORM objects)."""
