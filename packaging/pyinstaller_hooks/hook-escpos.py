"""python-escpos reads its printer database (capabilities.json: code pages, fonts, native QR) at import;
PyInstaller does not see data files, so the bundle would start but fail at the first receipt."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("escpos")
