namespace Parley.Domain;

/// <summary>
/// Builds a one-line error message that mentions settings the user supplies (model parameters such as
/// <c>cost-a</c>, a data filter, the data directory) through <paramref name="name"/>, so that each host
/// can spell them its own way: the command line as flags (<c>--cost-a</c>), a form by its field labels.
/// The library's own message, <see cref="Exception.Message"/>, names each setting as it is declared.
/// </summary>
/// <param name="name">Spells a setting's declared name.</param>
/// <returns>The message.</returns>
public delegate string SettingMessage(Func<string, string> name);
