using Parley.Domain;
using Parley.Negotiation.Reservation;

namespace Parley.Tests.Negotiation.Reservation;

public class ReservationValuesTests
{
    [Fact]
    public void A_script_gives_each_rounds_row_and_holds_the_last_row_after_it()
    {
        var script = new ScriptedReservationValues([[0.1, 0.2], [0.3, 0.4]]);
        var values = new double[2];

        script.Update(1, values);
        Assert.Equal([0.1, 0.2], values);
        script.Update(2, values);
        Assert.Equal([0.3, 0.4], values);
        script.Update(7, values);
        Assert.Equal([0.3, 0.4], values);
    }

    [Fact]
    public void Constant_values_never_move()
    {
        var constant = new ConstantReservationValues([0.25, 0.5]);
        var values = new double[2];

        constant.Update(1, values);
        constant.Update(100, values);

        Assert.Equal([0.25, 0.5], values);
    }

    [Fact]
    public void Malformed_scripts_are_rejected_with_what_to_fix()
    {
        Assert.Equal("a reservation-value script has no rows: give one row per round",
            Assert.Throws<ModelException>(() => new ScriptedReservationValues([])).Message);
        Assert.Equal("reservation-value script row 2 has 1 values but row 1 has 2: give one value per party in every row",
            Assert.Throws<ModelException>(() => new ScriptedReservationValues([[0.1, 0.2], [0.3]])).Message);
        Assert.Throws<ModelException>(() => new ScriptedReservationValues([[double.NaN, 0.2]]));
        Assert.Throws<ModelException>(() => new ScriptedReservationValues([[0.1, 0.2]]).Update(1, new double[3]));
    }
}
