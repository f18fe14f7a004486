"""Strategy Viewer: browse a company's published strategy, partners and programme."""

__version__ = "0.1.0"
APP_ID = "io.github.strategyviewer.StrategyViewer"
