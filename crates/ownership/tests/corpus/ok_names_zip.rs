fn main() {
    let names = vec![String::from("Ada"), String::from("Bo")];
    let ages = vec![36, 4];
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{name} is {age}");
    }
    let upper: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
    let lengths = names.iter().fold(0, |acc, n| acc + n.len());
    let found = names.iter().position(|n| n == "Bo");
    println!("{:?} {lengths} {:?} {}", upper, found, names.len());
}
