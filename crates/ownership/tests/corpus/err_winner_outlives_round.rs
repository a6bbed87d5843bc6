// Mistake: `winner` borrows `name`, which is dropped at the end of the inner block.
// Fix: move the String out (`winner = name;`) or declare `name` in the outer scope.
fn main() {
    let winner: &String;
    {
        let name = String::from("Grace");
        winner = &name;
    }
    println!("the winner is {}", winner);
}
