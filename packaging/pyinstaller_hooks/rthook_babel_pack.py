"""Runtime hook: serve babel's locale data from the one packed file in the bundle (see bundle_rules.py).

In the bundle, babel/locale-data/<name>.dat are empty placeholders (so babel's existence checks and
locale listing work unchanged) and babel/locale-data.pack.xz holds their contents. babel.localedata
reads a locale with the builtin open(); give that module an open() that answers from the pack, which is
decompressed once, on the first locale babel loads.
"""

import builtins
import io
import lzma
import os
import pickle


def _install() -> None:
    import babel.localedata

    locale_dir = os.path.normcase(os.path.abspath(babel.localedata._dirname))
    pack_file = os.path.abspath(babel.localedata._dirname) + ".pack.xz"
    blobs: dict[str, bytes] = {}

    def _open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        path = os.path.normcase(os.path.abspath(os.fspath(file)))
        if mode == "rb" and path.endswith(".dat") and os.path.dirname(path) == locale_dir:
            if not blobs:  # babel calls this under its own cache lock
                with builtins.open(pack_file, "rb") as fh:
                    blobs.update(pickle.loads(lzma.decompress(fh.read())))
            # The name from `file`, not `path`: normcase lowercases on Windows, locale names are not.
            return io.BytesIO(blobs[os.path.basename(os.fspath(file))[:-4]])
        return builtins.open(file, mode, *args, **kwargs)

    babel.localedata.open = _open  # type: ignore[attr-defined]


_install()
