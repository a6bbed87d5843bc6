fn min_max(values: &[i32]) -> Option<(i32, i32)> {
    let first = *values.first()?;
    let mut result = (first, first);
    for &v in &values[1..] {
        if v < result.0 {
            result.0 = v;
        }
        if v > result.1 {
            result.1 = v;
        }
    }
    Some(result)
}

fn swap<T>(pair: (T, T)) -> (T, T) {
    let (a, b) = pair;
    (b, a)
}

fn main() {
    let readings = vec![14, -3, 22, 8, 0, 19];
    if let Some((lo, hi)) = min_max(&readings) {
        println!("min {} max {} range {}", lo, hi, hi - lo);
    }
    println!("empty -> {:?}", min_max(&[]));

    let names = (String::from("left"), String::from("right"));
    let swapped = swap(names);
    println!("{} {}", swapped.0, swapped.1);

    let mut grid = [[0u8; 3]; 3];
    grid[1][2] = 5;
    let point: (usize, usize, &str) = (1, 2, "treasure");
    println!("{:?}, {} at ({}, {}) = {}", grid, point.2, point.0, point.1, grid[point.0][point.1]);
}
