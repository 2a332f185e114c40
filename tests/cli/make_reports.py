#!/usr/bin/env python3
"""Writes report texts from the template tests/cli/data/report_gk2021.txt.in.

The template follows the national format of 2021 (tables 二, 三, 四 as
tab-separated lines). Each report gets its own organ, year and numbers, and
its table 三 still balances (一+二 = 三(七)+四, every row's 总计 = its columns).

  make_reports.py OUT_DIR COUNT     writes OUT_DIR/<batch>/report_00000.txt ...
  make_reports.py --one N           prints report number N on standard output
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORGANS = ["清河县人民政府", "临江市教育局", "东湖区人民政府", "南山镇人民政府", "北川县交通运输局",
          "西岭市卫生健康委员会", "平安县民政局", "青石区生态环境局"]


def report(n, template):
    received = 5 + n % 97          # natural persons' new applications
    values = {
        "@ORGAN@": ORGANS[n % len(ORGANS)],
        "@YEAR1@": str(2021 + n % 4 + 1),
        "@YEAR@": str(2021 + n % 4),
        "@R1@": str(received + 1),
        "@R@": str(received),
        "@G1@": str(received - 2),
        "@G@": str(received - 3),
        "@T@": str(received - 1),
        "@LIC@": str(100 + n),
        "@ACTIVE@": str(300 + n % 50),
    }
    text = template
    for key, value in values.items():  # @YEAR1@ and @R1@ before @YEAR@ and @R@
        text = text.replace(key, value)
    return text


def main():
    with open(os.path.join(HERE, "data", "report_gk2021.txt.in"), encoding="utf-8") as f:
        template = f.read()
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        sys.stdout.write(report(int(sys.argv[2]), template))
        return 0
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    out, count = sys.argv[1], int(sys.argv[2])
    # 100 files a folder, in nested folders, so that the walk recurses.
    for n in range(count):
        d = os.path.join(out, f"batch_{n // 100:03d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"report_{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(report(n, template))
    return 0


if __name__ == "__main__":
    sys.exit(main())
