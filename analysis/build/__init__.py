"""The report build, in steps: `catalogue` (which reports a dataset gets), `fingerprints`
(what each depends on), `worker` (one report: notebook -> HTML -> PDF) and `pipeline`
(extract, tables, the reports that changed, the index)."""

from analysis.build.catalogue import ReportSpec, plan_reports, slug
from analysis.build.pipeline import FORMATS, build, build_time, report_meta
from analysis.build.worker import render_report

__all__ = [
    "FORMATS",
    "ReportSpec",
    "build",
    "build_time",
    "plan_reports",
    "render_report",
    "report_meta",
    "slug",
]
