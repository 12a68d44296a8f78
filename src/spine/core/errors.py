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


class DatabaseRefused(PipelineError):
    """The file cannot be used as this release's database: another program's, a newer release's,
    a changed migration, a folder or special file. Refused before anything in it is changed."""


class Interrupted(KeyboardInterrupt):
    """A run stopped by Ctrl-C, SIGTERM or SIGHUP; ``message`` says what was kept."""

    def __init__(self, signum: int, message: str = "") -> None:
        super().__init__(message)
        self.signum = signum
        self.message = message

    @property
    def signal_name(self) -> str:
        return _SIGNAL_NAMES.get(self.signum, f"signal {self.signum}")

    @property
    def exit_code(self) -> int:
        """The shell's convention: 128 + the signal number (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP)."""
        return 128 + self.signum


_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 15: "SIGTERM"}


def one_line(text: object) -> str:
    """``text`` with every control, line-separator or undecodable character shown escaped.

    Every error message goes through here before it is printed, so a file name or value holding a
    newline, an escape sequence or bytes that are not UTF-8 can neither break the message's single
    line nor drive the user's terminal.
    """
    return "".join(_shown(char) for char in str(text))


def _shown(char: str) -> str:
    code = ord(char)
    if char == "\\" or (32 <= code < 127) or (code > 160 and char.isprintable()):
        return char
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
