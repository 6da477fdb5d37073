"""Document settings: embedded-font flags, footnote separators, privacy; revision ids removed."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml.etree import _Element

from .footnotes import CONTINUATION_ID, SEPARATOR_ID
from .xml import element, insert_in_order

#: Child order of ``w:settings`` (ECMA-376 Part 1 §17.15.1.78, CT_Settings), the part we touch.
SETTINGS_ORDER = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape", "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth", "w:printFormsData", "w:embedTrueTypeFonts", "w:embedSystemFonts",
    "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins", "w:alignBordersAndEdges",
    "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
    "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign", "w:attachedTemplate",
    "w:linkStyles", "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
    "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
    "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
    "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
    "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle",
    "w:defaultTableStyle", "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFoldPrinting",
    "w:bookFoldPrintingSheets", "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin", "w:drawingGridVerticalOrigin",
    "w:doNotShadeFormData", "w:noPunctuationKerning", "w:characterSpacingControl", "w:printTwoOnOne",
    "w:strictFirstAndLastChars", "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent", "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly", "w:useXSLTWhenSaving", "w:saveThroughXslt",
    "w:showXMLTags", "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr",
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)

_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
#: Children that identify an editing history or a machine: removed from every export.
_IDENTIFYING = (qn("w:rsids"), f"{{{_W14}}}docId", f"{{{_W15}}}docId", qn("w:savePreviewPicture"),
                qn("w:attachedTemplate"))


#: Word 2013 and later: a file marked with an earlier mode opens in Compatibility Mode.
COMPATIBILITY_MODE = "15"
_WORD_URI = "http://schemas.microsoft.com/office/word"


def _set_compatibility_mode(settings: _Element) -> None:
    """``<w:compatSetting w:name="compatibilityMode" w:val="15"/>`` in ``w:compat``."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = insert_in_order(settings, element("w:compat"), SETTINGS_ORDER)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), COMPATIBILITY_MODE)
            return
    compat.append(element("w:compatSetting", name="compatibilityMode", uri=_WORD_URI, val=COMPATIBILITY_MODE))


def configure_settings(settings: _Element, *, embed_fonts: bool, subset_fonts: bool, footnotes: bool) -> None:
    """Set what Thadin's DOCX needs in ``w:settings``, in schema order."""
    for tag in _IDENTIFYING:
        for child in settings.findall(tag):
            settings.remove(child)
    # Word strips author names and times from comments and revisions when the partner saves.
    insert_in_order(settings, element("w:removePersonalInformation"), SETTINGS_ORDER)
    insert_in_order(settings, element("w:removeDateAndTime"), SETTINGS_ORDER)
    _set_compatibility_mode(settings)
    if embed_fonts:
        insert_in_order(settings, element("w:embedTrueTypeFonts"), SETTINGS_ORDER)
    if subset_fonts:
        insert_in_order(settings, element("w:saveSubsetFonts"), SETTINGS_ORDER)
    if footnotes:
        footnote_pr = element("w:footnotePr")
        footnote_pr.append(element("w:footnote", id=str(SEPARATOR_ID)))
        footnote_pr.append(element("w:footnote", id=str(CONTINUATION_ID)))
        insert_in_order(settings, footnote_pr, SETTINGS_ORDER)
