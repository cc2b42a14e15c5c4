"""What an analyst would write instead of `regiomonitor aggregate`: only read the returned workbooks.

Reads every .xlsx in the given folders with openpyxl in read-only mode and iterates all cells of the
three sheets of the standard workbook (Regio, Mijlpalen, Vragenlijst). Prints the number of cells read.
Run by `npm run bench` with /usr/bin/python3 (Debian's python3-openpyxl).
"""
import os
import sys

from openpyxl import load_workbook

SHEETS = ("Regio", "Mijlpalen", "Vragenlijst")


def main(folders):
    cells = 0
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".xlsx"):
                continue
            wb = load_workbook(os.path.join(folder, name), read_only=True)
            for sheet in SHEETS:
                for row in wb[sheet].iter_rows(values_only=True):
                    cells += len(row)
            wb.close()
    print(cells)


if __name__ == "__main__":
    main(sys.argv[1:])
