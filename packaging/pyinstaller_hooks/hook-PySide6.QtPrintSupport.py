"""The stock PySide6 hook minus the Qt plugins and translations KuPay POS does not use (bundle_rules.py).

Filtering here, before PyInstaller analyses binary dependencies, also keeps out the system libraries those
plugins would drag in; filtering afterwards would leave them behind. Same body for every Qt module we import.
"""

from bundle_rules import keep_collected
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep_collected(binaries)
datas = keep_collected(datas)
