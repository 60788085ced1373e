// The name the pane's Word document is saved under: the workbook's, as the command line names it.
import { reportFileName } from '../../src/taskpane/wordReport';

test.each([
  ['https://contoso.sharepoint.com/sites/cw/Shared%20Documents/%E7%A4%BE%E6%B2%BB%E5%A7%94.xlsx?web=1', '社治委.自评报告.docx'],
  ['C:\\Users\\财务处\\2019-shezhiwei.xlsm', '2019-shezhiwei.自评报告.docx'],
  ['/Users/ks/Documents/部门 整体.XLSX', '部门 整体.自评报告.docx'],
  ['2019-shezhiwei.xlsx', '2019-shezhiwei.自评报告.docx'],
])('the workbook %s gives %s', (url, name) => {
  expect(reportFileName(url, '指标体系')).toBe(name);
});

test.each(['', 'untitled', 'Book1'])('an unsaved workbook (%p) takes the sheet’s name, made safe for a file name', (url) => {
  expect(reportFileName(url, '指标:体系')).toBe('指标_体系.自评报告.docx');
});
