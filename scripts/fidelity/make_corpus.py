#!/usr/bin/env python3
"""The fidelity corpus: one small indicator workbook per feature a finance office's file carries
(charts, shapes, sparklines, macros, external links, custom properties, internal hyperlinks,
dynamic arrays, notes with authors and sizes, threaded comments, conditional formatting, data
validation; openpyxl's notes, images, charts and tables), each written by the real writer that
makes such files (XlsxWriter, openpyxl). Parts no Python writer can make — an external link's part,
a threaded comment and its person, Excel's own — are added to an XlsxWriter file as Excel lays them
out (ECMA-376 / MS-XLSX). LibreOffice's files are made from these by test/support/fidelity.ts.

    python3 make_corpus.py OUT_DIR < table.json     # table.json: {"rows": [...], "basic": [...]}

Prints one line per file made: `name<TAB>writer<TAB>feature`.
"""
import io
import json
import os
import sys
import zipfile

import openpyxl
import xlsxwriter

SHEET = '指标体系'
BASIC = '基础数据'


def write_table(ws, rows, hand_scores=True, total_formula=True):
    """The indicator table; hand scores of full marks in 得分 (so deductions show 原得分) and a 合计
    that is =SUM(...) with a stale cached value (Excel must recalculate it on opening)."""
    last = len(rows)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            ws.write(r, c, v)
    for r in range(2, last - 1):
        if hand_scores:
            ws.write_number(r, 6, rows[r][3])
    if total_formula:
        ws.write_formula(last - 1, 6, '=SUM(G3:G%d)' % (last - 1), None, 20)


def xw_book(path, rows, basic, **options):
    wb = xlsxwriter.Workbook(path, options)
    ws = wb.add_worksheet(SHEET)
    write_table(ws, rows)
    bs = wb.add_worksheet(BASIC)
    for r, row in enumerate(basic):
        for c, v in enumerate(row):
            if v is not None:
                bs.write(r, c, v)
    return wb, ws, bs


def add_parts(path, parts, edits):
    """Adds parts to a zip and edits others (text replacements), keeping the rest."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    out = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    for info, data in items:
        for old, new in edits.get(info.filename, []):
            text = data.decode('utf8')
            if old not in text:
                raise SystemExit('%s: %r not found' % (info.filename, old))
            data = text.replace(old, new, 1).encode('utf8')
        out.writestr(info, data)
    for name, text in parts.items():
        out.writestr(name, text)
    out.close()


def made(name, writer, feature):
    print('%s\t%s\t%s' % (name, writer, feature))


def main():
    out = sys.argv[1]
    table = json.load(sys.stdin)
    rows, basic = table['rows'], table['basic']
    p = lambda name: os.path.join(out, name)

    # Charts: a column chart of the scores, on the indicator sheet.
    wb, ws, _ = xw_book(p('xw-chart.xlsx'), rows, basic)
    chart = wb.add_chart({'type': 'column'})
    chart.add_series({'name': '得分', 'categories': "='%s'!$C$3:$C$6" % SHEET, 'values': "='%s'!$G$3:$G$6" % SHEET})
    ws.insert_chart('J2', chart)
    wb.close()
    made('xw-chart.xlsx', 'XlsxWriter', 'chart')

    # Shapes: a text box.
    wb, ws, _ = xw_book(p('xw-textbox.xlsx'), rows, basic)
    ws.insert_textbox('J10', '评分说明：得分由绩效评分助手计算。', {'width': 240, 'height': 60, 'fill': {'color': '#DDEBF7'}})
    wb.close()
    made('xw-textbox.xlsx', 'XlsxWriter', 'text box (shape)')

    # Sparklines (x14 extension list).
    wb, ws, _ = xw_book(p('xw-sparklines.xlsx'), rows, basic)
    for r in range(3, 7):
        ws.add_sparkline('I%d' % r, {'range': "'%s'!D%d:G%d" % (SHEET, r, r), 'type': 'column'})
    wb.close()
    made('xw-sparklines.xlsx', 'XlsxWriter', 'sparklines')

    # Macros: an .xlsm with a VBA project (a stand-in binary: what matters is that it passes through).
    vba = p('vbaProject.bin')
    with open(vba, 'wb') as f:
        f.write(bytes.fromhex('d0cf11e0a1b11ae1') + bytes(range(256)) * 8)
    wb, ws, _ = xw_book(p('xw-macros.xlsm'), rows, basic)
    wb.add_vba_project(vba)
    wb.close()
    os.remove(vba)
    made('xw-macros.xlsm', 'XlsxWriter', 'macros (.xlsm, vbaProject.bin)')

    # Custom document properties.
    wb, ws, _ = xw_book(p('xw-properties.xlsx'), rows, basic)
    wb.set_properties({'title': '2020年度部门整体支出绩效自评表', 'author': '财务处', 'company': '某局'})
    wb.set_custom_property('部门编码', 'SZW-01')
    wb.set_custom_property('已复核', True)
    wb.close()
    made('xw-properties.xlsx', 'XlsxWriter', 'custom properties')

    # Internal hyperlinks.
    wb, ws, bs = xw_book(p('xw-hyperlinks.xlsx'), rows, basic)
    ws.write_url('J3', "internal:'%s'!A2" % BASIC, string='见基础数据')
    bs.write_url('E1', "internal:'%s'!G7" % SHEET, string='回到合计')
    wb.close()
    made('xw-hyperlinks.xlsx', 'XlsxWriter', 'internal hyperlinks')

    # Dynamic arrays (metadata part, cm attribute) and a legacy array formula.
    wb, ws, _ = xw_book(p('xw-dynamic-array.xlsx'), rows, basic)
    ws.write_dynamic_array_formula('K3', '=SORT(D3:D6)', None, 5)
    ws.write_array_formula('L3:L6', '{=D3:D6*2}', None, 10)
    wb.close()
    made('xw-dynamic-array.xlsx', 'XlsxWriter', 'dynamic array and array formulas')

    # Notes with their authors and sizes: on a deducted score (ours goes under it) and elsewhere.
    wb, ws, _ = xw_book(p('xw-notes.xlsx'), rows, basic)
    ws.write_comment('G3', '张会计：此项已与决算报表核对。', {'author': '张会计', 'x_scale': 2.5, 'y_scale': 1.5})
    ws.write_comment('C4', '口径见附件2', {'author': '李审核', 'visible': True, 'width': 300, 'height': 80})
    wb.close()
    made('xw-notes.xlsx', 'XlsxWriter', 'notes with authors and sizes')

    # Conditional formatting and data validation on the scored columns.
    wb, ws, _ = xw_book(p('xw-cf-dv.xlsx'), rows, basic)
    red = wb.add_format({'bg_color': '#FFC7CE', 'font_color': '#9C0006'})
    ws.conditional_format('G3:G6', {'type': 'cell', 'criteria': '<', 'value': 5, 'format': red})
    ws.conditional_format('F3:F6', {'type': 'data_bar'})
    ws.data_validation('G3:G6', {'validate': 'decimal', 'criteria': 'between', 'minimum': 0, 'maximum': 5, 'input_title': '得分', 'input_message': '0–5'})
    ws.data_validation('B3:B6', {'validate': 'list', 'source': ['预算编制', '预算执行', '绩效目标', '数量']})
    wb.close()
    made('xw-cf-dv.xlsx', 'XlsxWriter', 'conditional formatting and data validation')

    # Column-only styles and absent cells: 扣分原因 cells do not exist, the column has a style.
    wb = xlsxwriter.Workbook(p('xw-column-style.xlsx'))
    ws = wb.add_worksheet(SHEET)
    wrap = wb.add_format({'text_wrap': True, 'border': 1, 'font_name': '宋体', 'font_size': 10})
    ws.set_column('H:H', 40, wrap)
    write_table(ws, rows)
    bs = wb.add_worksheet(BASIC)
    for r, row in enumerate(basic):
        for c, v in enumerate(row):
            if v is not None:
                bs.write(r, c, v)
    wb.close()
    made('xw-column-style.xlsx', 'XlsxWriter', 'column-only style, cells not in sheetData')

    # External links: a formula reading 上年数据.xlsx through link [1], with the link's part.
    wb, ws, _ = xw_book(p('xw-external-link.xlsx'), rows, basic)
    ws.write_formula('J3', '=[1]Sheet1!A1', None, 42)
    wb.close()
    add_parts(
        p('xw-external-link.xlsx'),
        {
            'xl/externalLinks/externalLink1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
            'xl/externalLinks/_rels/externalLink1.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="%E4%B8%8A%E5%B9%B4%E6%95%B0%E6%8D%AE.xlsx" TargetMode="External"/></Relationships>',
        },
        {
            'xl/workbook.xml': [('</sheets>', '</sheets><externalReferences><externalReference r:id="rId90"/></externalReferences>')],
            'xl/_rels/workbook.xml.rels': [('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>')],
            '[Content_Types].xml': [('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')],
        },
    )
    made('xw-external-link.xlsx', 'XlsxWriter + externalLink part', 'external link')

    # Threaded comment on a deducted score (G5), with its legacy stand-in note and its person.
    wb, ws, _ = xw_book(p('xw-threaded.xlsx'), rows, basic)
    ws.write_comment('G5', '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    请核对发现的问题数', {'author': 'tc={5F0E0B1A-0000-4000-8000-000000000001}'})
    wb.close()
    add_parts(
        p('xw-threaded.xlsx'),
        {
            'xl/threadedComments/threadedComment1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="G5" dT="2024-03-01T09:30:00.00" personId="{9A3C1D2E-0000-4000-8000-0000000000AA}" id="{5F0E0B1A-0000-4000-8000-000000000001}"><text>请核对发现的问题数</text></threadedComment><threadedComment ref="G5" dT="2024-03-01T10:00:00.00" personId="{9A3C1D2E-0000-4000-8000-0000000000AA}" id="{5F0E0B1A-0000-4000-8000-000000000002}" parentId="{5F0E0B1A-0000-4000-8000-000000000001}"><text>已核对：1个</text></threadedComment></ThreadedComments>',
            'xl/persons/person.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="李处长" id="{9A3C1D2E-0000-4000-8000-0000000000AA}" userId="li@example.gov.cn" providerId="None"/></personList>',
        },
        {
            'xl/worksheets/_rels/sheet1.xml.rels': [('</Relationships>', '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>')],
            'xl/_rels/workbook.xml.rels': [('</Relationships>', '<Relationship Id="rId91" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>')],
            '[Content_Types].xml': [('</Types>', '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>')],
            'xl/comments1.xml': [('<comment ref="G5" authorId="0">', '<comment ref="G5" authorId="0" shapeId="0" xr:uid="{5F0E0B1A-0000-4000-8000-000000000001}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">')],
        },
    )
    made('xw-threaded.xlsx', 'XlsxWriter + threadedComments part', 'threaded comment')

    # Formulas filled down (hand scores as =D3, shares of points as =G3/D3): LibreOffice, which
    # test/support/fidelity.ts converts this file with, writes them as shared formulas.
    wb, ws, _ = xw_book(p('xw-formulas.xlsx'), rows, basic)
    for r in range(3, len(rows)):
        ws.write_formula('G%d' % r, '=D%d' % r, None, 5)
        ws.write_formula('I%d' % r, '=G%d/D%d' % (r, r), None, 1)
    wb.close()
    made('xw-formulas.xlsx', 'XlsxWriter', 'formulas filled down')

    # Shared formulas as Excel writes them: H3:H6 (扣分原因, which scoring writes on deducted rows
    # 3, 5 and 6, so the master's formula must move to H4) and I3:I6 (never written).
    wb, ws, _ = xw_book(p('xw-shared-formulas.xlsx'), rows, basic)
    for r in range(3, len(rows)):
        ws.write_formula('H%d' % r, '=D%d*0' % r, None, 0)
        ws.write_formula('I%d' % r, '=G%d/D%d' % (r, r), None, 1)
    wb.close()
    last = len(rows) - 1
    edits = [('<c r="H3"><f>D3*0</f>', '<c r="H3"><f t="shared" ref="H3:H%d" si="0">D3*0</f>' % last),
             ('<c r="I3"><f>G3/D3</f>', '<c r="I3"><f t="shared" ref="I3:I%d" si="1">G3/D3</f>' % last)]
    for r in range(4, last + 1):
        edits.append(('<c r="H%d"><f>D%d*0</f>' % (r, r), '<c r="H%d"><f t="shared" si="0"/>' % r))
        edits.append(('<c r="I%d"><f>G%d/D%d</f>' % (r, r, r), '<c r="I%d"><f t="shared" si="1"/>' % r))
    add_parts(p('xw-shared-formulas.xlsx'), {}, {'xl/worksheets/sheet1.xml': edits})
    made('xw-shared-formulas.xlsx', 'XlsxWriter, formulas shared as Excel writes them', 'shared formulas')

    # openpyxl: notes, an image, a chart, a table — files ExcelJS used to refuse as damaged.
    def op_book(path, build):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = SHEET
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None:
                    ws.cell(row=r + 1, column=c + 1, value=v)
        last = len(rows)
        for r in range(3, last):
            ws.cell(row=r, column=7, value=rows[r - 1][3])
        ws.cell(row=last, column=7, value='=SUM(G3:G%d)' % (last - 1))
        bs = wb.create_sheet(BASIC)
        for row in basic:
            bs.append(row)
        build(wb, ws, bs)
        wb.save(path)

    def op_notes(wb, ws, bs):
        from openpyxl.comments import Comment
        note = Comment('王科长：请复核此项。', '王科长', width=320, height=90)
        ws['G3'].comment = note
        ws['A1'].comment = Comment('表头说明', '王科长')

    def op_image(wb, ws, bs):
        from openpyxl.drawing.image import Image
        from PIL import Image as PILImage
        buf = io.BytesIO()
        PILImage.new('RGB', (40, 20), (200, 30, 30)).save(buf, format='PNG')
        buf.seek(0)
        ws.add_image(Image(buf), 'J2')

    def op_chart(wb, ws, bs):
        from openpyxl.chart import BarChart, Reference
        chart = BarChart()
        chart.add_data(Reference(ws, min_col=7, min_row=2, max_row=6), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=3, min_row=3, max_row=6))
        ws.add_chart(chart, 'J2')

    def op_table(wb, ws, bs):
        from openpyxl.worksheet.table import Table, TableStyleInfo
        t = Table(displayName='基础数据表', ref='A1:C%d' % len(basic))
        t.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
        bs.add_table(t)

    for name, build, feature in [
        ('op-notes.xlsx', op_notes, 'notes (openpyxl)'),
        ('op-image.xlsx', op_image, 'image (openpyxl)'),
        ('op-chart.xlsx', op_chart, 'chart (openpyxl)'),
        ('op-table.xlsx', op_table, 'table (openpyxl)'),
    ]:
        op_book(p(name), build)
        made(name, 'openpyxl', feature)


main()
