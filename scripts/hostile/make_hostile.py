#!/usr/bin/env python3
"""The hostile corpus's workbooks that a real writer makes (issue 20): an indicator table as openpyxl
and XlsxWriter write it, with what makes each unusual — a chart on its own tab, protection, an array
formula over 得分, merged 得分 cells, a person's own sheet named like our backup, a note near Excel's
length limit. test/support/hostile.ts makes the rest by hand from `xw-base.xlsx` (parts Excel opens
but these writers never make, and attacks no writer makes) and has LibreOffice re-save files.

    python3 make_hostile.py OUT_DIR < table.json     # table.json: {"rows": [...], "basic": [...]}

Prints one line per file made: `name<TAB>writer<TAB>what it carries`.
"""
import json
import os
import sys

import openpyxl
import xlsxwriter

SHEET = '指标体系'
BASIC = '基础数据'
BACKUP = '绩效评分助手_备份'


def made(name, writer, what):
    print('%s\t%s\t%s' % (name, writer, what))


def xw_table(ws, rows):
    """The table as XlsxWriter writes it: typed full marks in 得分, a 合计 of =SUM(...)."""
    last = len(rows)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(r, c, v)
    for r in range(2, last - 1):
        ws.write_number(r, 6, rows[r][3])
    ws.write_formula(last - 1, 6, '=SUM(G3:G%d)' % (last - 1), None, 20)


def xw_book(path, rows, basic, table=xw_table):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet(SHEET)
    table(ws, rows)
    bs = wb.add_worksheet(BASIC)
    for r, row in enumerate(basic):
        for c, v in enumerate(row):
            if v is not None:
                bs.write(r, c, v)
    return wb, ws


def op_book(path, rows, basic, build=None):
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
    if build:
        build(wb, ws)
    wb.save(path)


def main():
    out = sys.argv[1]
    table = json.load(sys.stdin)
    rows, basic = table['rows'], table['basic']
    p = lambda name: os.path.join(out, name)

    # The base every hand-made file starts from.
    wb, _ = xw_book(p('xw-base.xlsx'), rows, basic)
    wb.close()
    made('xw-base.xlsx', 'XlsxWriter', 'the table, as the base of the hand-made files')

    # 0: openpyxl declares xmlns:r on each <sheet>, not on <workbook>.
    op_book(p('op-table.xlsx'), rows, basic)
    made('op-table.xlsx', 'openpyxl', 'xmlns:r declared on each sheet element (case 0)')

    # 1: a chart on a tab of its own, first among the tabs.
    def chartsheet(wb, ws):
        from openpyxl.chart import BarChart, Reference
        chart = BarChart()
        chart.add_data(Reference(ws, min_col=7, min_row=2, max_row=6), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=3, min_row=3, max_row=6))
        cs = wb.create_chartsheet('得分图', 0)
        cs.add_chart(chart)
    op_book(p('op-chartsheet.xlsx'), rows, basic, chartsheet)
    made('op-chartsheet.xlsx', 'openpyxl', 'a chartsheet as the first tab (case 1)')

    # 12: the sheet protected (its 得分 cells locked) and the workbook's structure locked.
    def protected(wb, ws):
        ws.protection.sheet = True
        ws.protection.password = 'jixiao'
        wb.security = openpyxl.workbook.protection.WorkbookProtection(workbookPassword='jixiao', lockStructure=True)
    op_book(p('op-protected.xlsx'), rows, basic, protected)
    made('op-protected.xlsx', 'openpyxl', 'a protected sheet in a structure-protected workbook (case 12)')

    # 5: a multi-cell array formula over the 得分 cells G3:G6.
    def array_scores(ws, rows):
        xw_table(ws, rows)
        ws.write_array_formula('G3:G6', '{=D3:D6*1}', None, 5)
    wb, _ = xw_book(p('xw-array.xlsx'), rows, basic, array_scores)
    wb.close()
    made('xw-array.xlsx', 'XlsxWriter', 'an array formula over 得分 G3:G6 (case 5)')

    # 12: one indicator written over two rows (rows 5 and 6 of the sheet: its name in row 6, its
    # 得分 merged G5:G6 and typed in G5), and two indicators sharing one merged 得分 cell G8:G9.
    def merged_scores(ws, rows):
        body = [list(r) for r in rows[:-1]]
        third = body[4]
        body[4] = [third[0], third[1], None, None, None, None, None, None]
        body.insert(5, third)
        body.append(['产出', '质量', '验收合格率', 5, '≥90%，计5分；80%（含）-90%，计4分；低于80%不得分', '95%', None, None])
        body.append(['产出', '时效', '完成及时率', 5, '≥90%，计5分；80%（含）-90%，计4分；低于80%不得分', '85%', None, None])
        for r, row in enumerate(body):
            for c, v in enumerate(row):
                if v is not None:
                    ws.write(r, c, v)
        for r in (2, 3, 4, 6):
            ws.write_number(r, 6, 5)
        ws.merge_range('G5:G6', 5)
        ws.merge_range('D5:D6', 5)
        ws.merge_range('G8:G9', 10)
        ws.write(9, 0, '合计')
        ws.write_formula(9, 6, '=SUM(G3:G9)', None, 30)
    wb, _ = xw_book(p('xw-merged-score.xlsx'), rows, basic, merged_scores)
    wb.close()
    made('xw-merged-score.xlsx', 'XlsxWriter', '得分 merged over an indicator written on two rows, and over two indicators (case 12)')

    # 6: a person's own sheet under the backup sheet's name.
    wb, _ = xw_book(p('xw-own-backup-name.xlsx'), rows, basic)
    own = wb.add_worksheet(BACKUP)
    own.write(0, 0, '这是财务处自己的备份表，请勿删除')
    own.write(1, 0, '2019年原始得分')
    wb.close()
    made('xw-own-backup-name.xlsx', 'XlsxWriter', 'a sheet of its own named %s (case 6)' % BACKUP)

    # 12: a person's note on a deducted score (G3) of 32,700 characters: with ours below it, past
    # Excel's limit of 32,767 characters a cell or note may hold.
    wb, ws = xw_book(p('xw-long-note.xlsx'), rows, basic)
    ws.write_comment('G3', '复核意见：' + '核对无误。' * 6539, {'author': '张会计'})
    wb.close()
    made('xw-long-note.xlsx', 'XlsxWriter', 'a note of 32,700 characters on a deducted score (case 12)')


main()
