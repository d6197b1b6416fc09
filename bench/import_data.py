#!/usr/bin/env python3
"""Writes the import benchmark's data, deterministically (seeded): an import file of bill rows in the
export's columns, as CSV and as XLSX (each row carries its customer's columns, so the import creates
the customers; the XLSX has real number and date cells), and the same rows as COPY files for the
customer and bill tables (ids, numbers and totals filled in as the service would store them), so
that `psql \\copy` loads exactly what the import loads.

Usage: bench/import_data.py ROWS CUSTOMERS OUT_DIR
"""
import csv, datetime, os, random, sys, zipfile
from xml.sax.saxutils import escape
from decimal import Decimal, ROUND_HALF_UP



class XlsxSheet:
    """A one-sheet workbook written row by row: text as inline strings, numbers as number cells,
    dates as date cells (serial numbers with a date format), as Excel itself stores them."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
        parts = {
            "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
            "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Receivables" sheetId="1" r:id="rId1"/></sheets></workbook>',
            "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
            "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        }
        for name, text in parts.items():
            self.zip.writestr(name, text)
        self.sheet = self.zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self.sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        self.count = 0

    def row(self, values):
        self.count += 1
        cells = []
        for value in values:
            if isinstance(value, datetime.date):
                cells.append('<c s="1"><v>%d</v></c>' % (value - datetime.date(1899, 12, 30)).days)
            elif isinstance(value, Decimal):
                cells.append('<c><v>%s</v></c>' % value)
            else:
                cells.append('<c t="inlineStr"><is><t>%s</t></is></c>' % escape(str(value)))
        self.sheet.write(('<row r="%d">%s</row>' % (self.count, "".join(cells))).encode("utf-8"))

    def close(self):
        self.sheet.write(b"</sheetData></worksheet>")
        self.sheet.close()
        self.zip.close()


rows, customers, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
rnd = random.Random(42)
components = ["iig_qt", "fna", "ggc", "cdn", "bdix", "baishan"]
cent = Decimal("0.01")
now = "2026-11-26 00:00:00+00"

people = []
for c in range(customers):
    people.append({
        "id": c + 1, "number": "KTL-BENCH%03d-%d" % (c % 1000, c + 1),
        "name": "Bench Party %d" % c, "company": "Bench Networks %d Ltd" % c,
        "email": "party%d@bench.example" % c, "phone": "01%09d" % c, "address": "Road %d, Dhaka" % c,
    })

header = ["customer_email", "customer_name", "customer_phone", "customer_company_name", "customer_address",
          "nttn_cap", "nttn_com", "billing_date"]
for comp in components:
    header += [comp, comp + "_price"]
header += ["discount", "total_received", "total_bill", "total_due", "status", "remarks"]

with open(os.path.join(out, "bills.csv"), "w", newline="", encoding="utf-8") as sheet, \
        open(os.path.join(out, "bill.copy.csv"), "w", newline="", encoding="utf-8") as bills, \
        open(os.path.join(out, "customer.copy.csv"), "w", newline="", encoding="utf-8") as custs, \
        open(os.path.join(out, "payment.copy.csv"), "w", newline="", encoding="utf-8") as pays:
    s, b, k, m = csv.writer(sheet), csv.writer(bills), csv.writer(custs), csv.writer(pays)
    x = XlsxSheet(os.path.join(out, "bills.xlsx"))
    s.writerow(header)
    x.row(header)
    for p in people:
        k.writerow([p["id"], p["number"], p["name"], p["company"], p["email"], p["phone"], p["address"],
                    "Active", "2020-01-01", now, now])
    for r in range(rows):
        p = people[r % customers]
        month = r // customers
        billing = datetime.date(2018 + month // 12, month % 12 + 1, 1)
        quantities = [Decimal(rnd.randint(0, 4000)) / 4 for _ in components]
        prices = [Decimal(rnd.randint(0, 90000)) / 100 for _ in components]
        gross = sum((q * u).quantize(cent, ROUND_HALF_UP) for q, u in zip(quantities, prices))
        discount = min(gross, Decimal(rnd.randint(0, 5000)))
        total = gross - discount
        received = (total * Decimal(rnd.randint(0, 100)) / 100).quantize(cent, ROUND_HALF_UP)
        cap, com = "%d Mbps" % (100 * (1 + r % 7)), ["Summit", "Fiber@Home", "BTCL"][r % 3]
        line = [p["email"], p["name"], p["phone"], p["company"], p["address"], cap, com, billing.isoformat()]
        for q, u in zip(quantities, prices):
            line += [q, u]
        line += [discount, received, total, total - received, "Active", "row %d" % r]
        s.writerow(line)
        x.row(line[:7] + [billing] + line[8:])
        bill = [r + 1, "KTL-BL-BENCH-%d-%s" % (r + 1, billing.strftime("%d%m%Y")), p["id"], cap, com, "",
                billing.isoformat(), ""]
        for q, u in zip(quantities, prices):
            bill += [q, u]
        bill += [discount, received, total, total - received, "Active", "row %d" % r, now, now]
        b.writerow(bill)
        # the ledger a received amount needs (the import writes the same adjustment)
        if received != 0:
            m.writerow([r + 1, received, billing.isoformat(), "adjustment", now])
    x.close()
