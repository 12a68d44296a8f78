"""Error types that map to the CLI's exit codes.

A `UsageError` is the user's mistake (exit 2); a `PipelineError` is an expected, explained failure of a
run (exit 1). Both carry a one-line message meant to be printed as it is, without a traceback.
"""


class SpineError(Exception):
    """Base of the errors the product explains in one line."""


class UsageError(SpineError):
    """Unknown pipeline, unknown or malformed parameter: the request itself is wrong."""


class PipelineError(SpineError):
    """A run that cannot do its work for a reason the user can act on (missing file, wrong stage...)."""


class DatabaseBusyError(PipelineError):
    """Another process holds the write lock longer than the busy timeout."""
