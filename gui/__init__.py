"""Strategy Viewer: browse a company's published strategy, partners and programme."""

__version__ = "0.1.0"
APP_ID = "io.github.strategyviewer.StrategyViewer"
# Every logger of the app is below this one: the package's own import name, which is
# `gui` in the source tree and the wheel's distinctive name once installed.
LOGGER = __name__
