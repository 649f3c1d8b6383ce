"""The till's resources as package data: installed as `pos_app.assets` (pyproject.toml maps this folder).

Only pos_app/resources.py reads from here (with importlib.resources). The folder stays at the top of the
repository, beside pos_app/, for the translators, the icon and sound generators and the README's
screenshots.
"""
