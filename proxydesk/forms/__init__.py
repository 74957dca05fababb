"""Paper companies demand: power of attorney, fax bundles, letters, dossier. No Qt here.

Each form is a function from plain views (read beforehand through the services, so no session
is open while rendering) and `FormOptions(language, paper)` to PDF bytes; `write_pdf` puts
bytes on disk atomically. For a face (CLI or app):

- `poa.render_poa(services.poa.paper(ids), options)`
- `fax.fax_bundle(fax.fax_cover(record, lang, ...), options, letter=..., scans=record.scans)`
- `letter_pdf.render_letter(letters.draft_letter(record, "management", lang), options)`;
  a draft is plain data, to show and edit (`letters.draft_to_json` / `draft_from_json`)
- `dossier.render_dossier(record, options, progress=..., cancel=threading.Event())`,
  which reports `proxydesk.progress.Progress` by stage (`output.STAGE_*`) and raises
  `output.RenderCancelled` when cancelled; `fax_bundle` does the same for the scans it appends

where `record = services.dossier.record(case)`. Errors are `proxydesk.errors` exceptions.
"""
