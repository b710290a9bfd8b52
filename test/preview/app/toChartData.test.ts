import { toAxisTicks, toChartData } from "../../../src/preview/app/toChartData";

const source = { sheetId: "s", row: 3, column: 0, rows: 3, columns: 5 };
const REPORT_CELLS = [
  ["Reduktionsmål i budgetaftale", "2021", "2022", "2023", "2024"],
  ["Reduktionsmål", -2000, -3000, -5000, -7000],
  ["Opnået i alt", -2000, -2280, -2280, -2280],
];

describe("toChartData", () => {
  it("reads the report's chart: years as categories, one series per row named by its first cell", () => {
    expect(toChartData({ title: "Mål og opnået pr. år", seriesBy: "Rows", source }, REPORT_CELLS)).toEqual({
      title: "Mål og opnået pr. år",
      categories: ["2021", "2022", "2023", "2024"],
      series: [
        { name: "Reduktionsmål", values: [-2000, -3000, -5000, -7000] },
        { name: "Opnået i alt", values: [-2000, -2280, -2280, -2280] },
      ],
    });
  });

  it("runs series down the columns when asked", () => {
    const cells = [
      ["", "Mål", "Opnået"],
      ["2021", -2000, -2000],
      ["2022", -3000, -2280],
    ];
    const data = toChartData(
      { title: "", seriesBy: "Columns", source: { ...source, rows: 3, columns: 3 } },
      cells,
    );
    expect([data.categories, data.series.map((series) => series.name)]).toEqual([
      ["2021", "2022"],
      ["Mål", "Opnået"],
    ]);
  });

  it("numbers the categories and series when the source has no labels", () => {
    const data = toChartData({ title: "", seriesBy: "Rows", source: { ...source, rows: 1, columns: 2 } }, [
      [1, 2],
    ]);
    expect(data).toEqual({
      title: "",
      categories: ["1", "2"],
      series: [{ name: "Series 1", values: [1, 2] }],
    });
  });

  it("leaves a gap where a cell holds no number", () => {
    const cells = [
      ["", "2021", "2022"],
      ["Mål", "-", -3000],
    ];
    const data = toChartData(
      { title: "", seriesBy: "Rows", source: { ...source, rows: 2, columns: 3 } },
      cells,
    );
    expect(data.series[0].values).toEqual([null, -3000]);
  });
});

describe("toAxisTicks", () => {
  it("gives round ticks from the lowest value to zero", () => {
    expect(toAxisTicks(-7000, 0)).toEqual([-8000, -6000, -4000, -2000, 0]);
  });

  it("includes zero when every value is positive", () => {
    expect(toAxisTicks(120, 480)).toEqual([0, 100, 200, 300, 400, 500]);
  });

  it("gives a single tick when everything is zero", () => {
    expect(toAxisTicks(0, 0)).toEqual([0]);
  });
});
