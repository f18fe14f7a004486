"""Bundles as documents: open a bundle folder or a one-file bundle (.strategy) from the
File menu, the recent list or a drop; go back to the built-in content; reopen the last one
at the next start; reload a folder bundle when its author saves a file.

`BundleController` is the feature's one object; the composition root builds it and adds
its actions to the File menu. Content changes only through `MainWindow.set_content`.
"""
