"""reviewer: review machine translations of news articles against their human versions."""

__version__ = "0.1.0"
