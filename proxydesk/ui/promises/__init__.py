"""Promises and claims: the list per case or across cases, their history, contradictions."""
