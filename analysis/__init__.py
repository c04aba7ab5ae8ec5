"""How German cities organise their digital transformation: profiles extracted from web
texts, tables for comparison, and the report build.

Python API for notebooks and analysts:

- `analysis.profiles.load_profiles(path)` (or `load_or_extract(path, seeds)`): the dataset;
- `analysis.tables.frames(dataset)`: one pandas DataFrame per table, every row with its quote;
- `analysis.cityview.city_view(dataset, city)`: a city's documents, governance by document
  and one merged timeline;
- `analysis.comparison` and `analysis.timeline`: the comparative views of the reports.

Command line: `python -m analysis extract|tables|build` (see `analysis.cli`).
"""

__version__ = "0.1.0"
