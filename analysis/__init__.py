"""How German cities organise their digital transformation: profiles extracted from web
texts, tables for comparison, and the report build.

The layers, each importing only from those above it:

- `analysis.vocabulary`: every closed vocabulary of the data contract, defined once;
- `analysis.reading`: bytes -> text (`reader`), page furniture set aside (`cleaner`),
  sections (`sections`), sentences and names (`text`), the German date grammar (`dates`),
  lemmas (`lemmas`);
- `analysis.sources`: what an analyst holds (a URL, a PDF, HTML or text file) -> an
  immutable snapshot with its stored text and a `sources.csv` line (`python -m analysis add`);
  the build reads only snapshots, never the network;
- `analysis.extraction`: one text -> one profile document (`extract_document`);
- `analysis.dataset`: a folder of sources -> the profiles JSON (`profiles`: extract, load,
  validate against `schema/`), and the profiles -> one table per fact kind (`tables`) and
  one row per city with the first-page answers (`cities`, written as cities.csv);
- `analysis.views`: what each report shows, as data: `city` (one city's documents and
  merged timeline), `city_profile`, `governance_comparison`, `strategy_timelines` (one module
  per notebook), `narrative` (the sentences);
- `analysis.reporting`: how it is shown: `display` (captions, tables, quotes in a
  notebook), `figures`, `render` (notebook -> HTML -> PDF), `index`, `templates/`;
- `analysis.build`: the report build: `catalogue` (+ `reports.json`: which reports),
  `fingerprints` (what each depends on), `worker` (one report), `pipeline` (the steps).

Python API for notebooks and analysts:

- `analysis.dataset.profiles.load_profiles(path)` (or `load_or_extract(path, seeds)`);
- `analysis.dataset.tables.frames(dataset)`: one pandas DataFrame per table, every row with its quote;
- `analysis.views.city.city_view(dataset, city)`: a city's documents, governance by document
  and one merged timeline.

Command line: `python -m analysis add|extract|tables|build|review` (see `analysis.cli`). The library
reports through `logging` (logger `analysis`); the command line prints it on stderr.
"""

__version__ = "0.1.0"
