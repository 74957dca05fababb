"""The call logger: a running call with its timer, states, notes and promises."""
