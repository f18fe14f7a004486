"""Qt item models over the immutable content object. They never build widgets."""
