"""Sources as analysts hold them (issue 18): web addresses, PDF strategy documents, saved
pages and text files become immutable snapshots in the sources folder, with the text the
extraction reads beside each and a line in `sources.csv`.

- `fetch`: httpx with a size cap, a timeout, few redirects and a clear user agent;
- `pdf`: a PDF's text layer (pypdf), lines joined into paragraphs, hyphenation and
  ligatures undone, page offsets kept;
- `web`: a page's main text and metadata (trafilatura, htmldate);
- `snapshots`: raw bytes under their content hash, stored text and metadata beside them;
- `register`: `sources.csv`, appended under a lock with one atomic rename;
- `add`: the command that ties them together, one line per source that cannot be added.

Only `add` touches the network; `extract` and `build` read the snapshots."""
